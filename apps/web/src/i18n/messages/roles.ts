// Sentences of the workspace's alderman, partner and programme-manager pages (ICU message syntax), Dutch and English.
export const nl = {};

export const en: Record<keyof typeof nl, string> = {};
