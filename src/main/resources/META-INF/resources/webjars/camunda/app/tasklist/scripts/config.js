// LeadRelay's Tasklist configuration (Camunda 7 webapps' supported customisation: this file replaces the
// webjar's app/tasklist/scripts/config.js because our classes come first on the classpath).
export default {
  app: {
    name: 'Tasks',
    vendor: 'LeadRelay'
  },
  // partners land on their filters, not on Camunda's welcome text
  disableWelcomeMessage: true,
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd, YYYY-MM-DD HH:mm'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' }
  }
};
