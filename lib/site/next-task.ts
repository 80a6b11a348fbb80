/** Resolves in the next task: the browser can handle input and paint between two steps of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
