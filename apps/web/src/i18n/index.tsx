import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { messages, type Language } from './messages';

export type { Language } from './messages';

const STORAGE_KEY = 'olievlek.language';

/** Dutch unless the person chose English (the switch in the header, or `?lang=en` in a link). */
export function initialLanguage(search: string, stored: string | null): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'nl') return asked;
  return stored === 'en' ? 'en' : 'nl';
}

interface LanguageContext {
  language: Language;
  setLanguage: (language: Language) => void;
}

const Context = createContext<LanguageContext>({ language: 'nl', setLanguage: () => undefined });

/** The page's language, its messages (ICU, through react-intl) and the switch between nl and en. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() =>
    initialLanguage(location.search, localStorage.getItem(STORAGE_KEY)),
  );
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setState(next);
  }, []);
  document.documentElement.lang = language;
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <Context.Provider value={value}>
      <IntlProvider locale={language === 'nl' ? 'nl-NL' : 'en-GB'} defaultLocale="nl-NL" messages={messages[language]}>
        {children}
      </IntlProvider>
    </Context.Provider>
  );
}

export function useLanguage(): Language {
  return useContext(Context).language;
}

export function useSetLanguage(): (language: Language) => void {
  return useContext(Context).setLanguage;
}

/**
 * The word for a code of the API (`label('ProgrammePhase', 'AGENDA')` → "Verbeteragenda"): every
 * enum value has one in both languages (labels.spec.ts checks that against the schema).
 */
export function useLabel(): (enumName: string, value: string) => string {
  const intl = useIntl();
  return useCallback(
    (enumName: string, value: string) => {
      const id = `${enumName}.${value}`;
      return intl.messages[id] ? intl.formatMessage({ id }) : value;
    },
    [intl],
  );
}
