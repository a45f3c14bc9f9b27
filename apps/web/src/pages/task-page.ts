// Which of a person's tasks Mijn taken asks for and shows (issue 15; paged for issue 18.3).

/** How many tasks show at first: the most urgent; the rest on request (a kwartiermaker may have thousands). */
export const FIRST_TASKS = 50;

/**
 * What the page asks the API for: one more than it shows at first, so it knows whether there are
 * more without reading the whole list (issue 18.3: at 100,000 programmes a kwartiermaker's whole
 * list is tens of thousands of tasks); everything (`null`) once the person asks for all.
 */
export function tasksToAsk(showAll: boolean): number | null {
  return showAll ? null : FIRST_TASKS + 1;
}

/** The tasks to show and whether more wait beyond them, from what the API answered. */
export function tasksShown<T>(answered: readonly T[], showAll: boolean): { shown: readonly T[]; more: boolean } {
  if (showAll || answered.length <= FIRST_TASKS) return { shown: answered, more: false };
  return { shown: answered.slice(0, FIRST_TASKS), more: true };
}
