// Sentences of the workspace's national view (ICU message syntax), Dutch and English.
export const nl = {};

export const en: Record<keyof typeof nl, string> = {};
