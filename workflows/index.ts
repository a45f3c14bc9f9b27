export { programmeLifecycleWorkflow } from './programme-lifecycle.workflow';
export { weeklyDigestWorkflow } from './weekly-digest.workflow';
