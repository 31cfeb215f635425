/** English: the agency's audit screens (check answers, the task list's filter, the indicator page). Part of the catalogue (../en.ts). */
export const auditScreens = {
  /** GOV.UK warning text's announcement, for screen readers. */
  warningText: { hidden: 'Warning' },
  /** Check your answers, when the API refuses to submit (AUDIT_INCOMPLETE). */
  checkAnswers: {
    stillToDo: '{{missing}} of {{total}} indicators still to do',
    stillToDoIntro: 'Open each one to answer it (saving brings you back here), then submit again.',
    needs: 'Needs {{what}}',
    orNotApplicable: ', or mark it not applicable',
  },
  /** The task list's "assigned to me" filter and mark. */
  assignedToMe: {
    tag: 'Assigned to you',
    filter: 'Only show indicators assigned to me',
  },
  /** The indicator page: the guidance column, its sources, and evidence uploads. */
  indicatorPage: {
    aboutHeading: 'About this indicator',
    guidance: 'Guidance',
    examples: 'Examples of evidence',
    sources: 'Sources',
    sourcesHint: 'Where this indicator comes from in the framework.',
    opensInNewTab: '(opens in new tab)',
    uploadLabel: 'Upload a file',
    uploadHint:
      'A PDF, Word, Excel or PowerPoint document, an image or a text file. It uploads as soon as you choose it.',
    uploading: 'Uploading {{name}}…',
    uploaded: '{{name}} uploaded',
    uploadFailed: '{{name}} was not uploaded: {{reason}}',
  },
  /** The audit's action plan and an action's own page (pages/actions). */
  actionPlan: {
    title: 'Action plan',
    back: '{{cycle}} audit',
    backToPlan: 'Back to the action plan',
    intro:
      "The organisation's improvement actions: those raised in this audit and those from earlier audits that are still open. Open an action to update its progress or see its history.",
    empty: 'No improvement actions in this plan. Actions are added on each indicator’s page.',
    views: 'Which actions to show',
    view: {
      open: 'Open ({{count}})',
      overdue: 'Overdue ({{count}})',
      mine: 'Yours ({{count}})',
      closed: 'Done or dropped ({{count}})',
      all: 'All ({{count}})',
    },
    caption: {
      open: 'Open actions',
      overdue: 'Overdue actions',
      mine: 'Open actions you own',
      closed: 'Actions done or dropped',
      all: 'All actions',
    },
    none: {
      open: 'No open actions: every action in this plan is done or dropped.',
      overdue: 'No overdue actions.',
      mine: 'You own no open action in this plan.',
      closed: 'No action in this plan is done or dropped yet.',
      all: 'No actions.',
    },
    column: { action: 'Action', owner: 'Owner', due: 'Due', status: 'Status' },
    onIndicator: 'Indicator {{code}}',
    onAudit: 'The audit as a whole',
    carriedOver: 'From an earlier audit',
    addWhole: 'Add an action on the audit as a whole',
    addWholeHint:
      'For something that is not about one indicator. Actions on an indicator are added on its page.',
    action: 'Improvement action',
    on: 'On',
    raised: 'Added',
    doneOn: 'Done on',
    droppedOn: 'Dropped on',
    change: 'Change this action',
    updated: 'Action updated',
    history: 'History',
    historyFailed: 'The history could not be loaded. Refresh the page to try again.',
    statusChanged: 'Status changed from {{from}} to {{to}}',
    dueSet: 'Due date set: {{to}}',
    dueMoved: 'Due date moved from {{from}} to {{to}}',
    dueCleared: 'Due date taken off',
    added: 'Action added to the plan',
    remove: 'Remove this action',
    removeHint:
      'Removing takes the action out of this plan for good (the audit trail keeps a record). To stop work on an action, set its status to Dropped with a note instead.',
    removeConfirm: 'Yes, remove this action',
    removed: 'Action removed',
    removeFailed: 'The action could not be removed. Try again.',
  },
};
