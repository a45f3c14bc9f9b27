// Placeholder until the full catalogue lands: the words for each code of the API, per language.
export const codeMessages: { nl: Record<string, string>; en: Record<string, string> } = {
  nl: {
    'ProgrammePhase.COMMITMENT': 'Commitment',
    'ProgrammePhase.AGENDA': 'Verbeteragenda',
    'ProgrammePhase.EXECUTION': 'Uitvoering',
    'ProgrammePhase.EMBEDDING': 'Borging',
    'ProgrammePhase.CONTINUATION': 'Voortzetting',
    'ProgrammePhase.CLOSED': 'Afgesloten',
  },
  en: {
    'ProgrammePhase.COMMITMENT': 'Commitment',
    'ProgrammePhase.AGENDA': 'Improvement agenda',
    'ProgrammePhase.EXECUTION': 'Execution',
    'ProgrammePhase.EMBEDDING': 'Embedding',
    'ProgrammePhase.CONTINUATION': 'Continuation',
    'ProgrammePhase.CLOSED': 'Closed',
  },
};
