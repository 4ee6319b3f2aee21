// LeadRelay's Cockpit configuration: our name; otherwise Camunda's defaults. Vendor staff only.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'LeadRelay'
  }
};
