import { describe, expect, it } from 'vitest';
import { FIRST_TASKS, tasksShown, tasksToAsk } from './task-page';

const tasks = (n: number) => Array.from({ length: n }, (_, i) => `taak ${i + 1}`);

describe('Mijn taken asks for a page, not the whole list (issue 18.3)', () => {
  it('asks one task more than it shows, and everything once the person asks for all', () => {
    expect(tasksToAsk(false)).toBe(FIRST_TASKS + 1);
    expect(tasksToAsk(true)).toBeNull();
  });

  it('shows up to 50 without a button; with a 51st answered, the 50 most urgent and that more wait', () => {
    expect(tasksShown(tasks(FIRST_TASKS), false)).toEqual({ shown: tasks(FIRST_TASKS), more: false });
    const { shown, more } = tasksShown(tasks(FIRST_TASKS + 1), false);
    expect(more).toBe(true);
    expect(shown).toEqual(tasks(FIRST_TASKS));
    expect(tasksShown(tasks(0), false)).toEqual({ shown: [], more: false });
  });

  it('shows every task answered once all were asked for', () => {
    expect(tasksShown(tasks(120), true)).toEqual({ shown: tasks(120), more: false });
  });
});
