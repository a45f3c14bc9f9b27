// Sentences of the workspace's programme page sections (training calendar, indicators, practices, mentor) (ICU message syntax), Dutch and English.
export const nl = {};

export const en: Record<keyof typeof nl, string> = {};
