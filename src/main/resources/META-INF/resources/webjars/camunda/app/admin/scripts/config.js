// LeadRelay's Admin configuration: our name; otherwise Camunda's defaults. Vendor staff only.
export default {
  app: {
    name: 'Admin',
    vendor: 'LeadRelay'
  }
};
