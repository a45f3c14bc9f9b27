// Sentences of the workspace's step forms of the programme page (ICU message syntax), Dutch and English.
export const nl = {};

export const en: Record<keyof typeof nl, string> = {};
