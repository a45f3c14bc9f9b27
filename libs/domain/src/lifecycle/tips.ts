import type { RuleId } from '../rule-ids';

/**
 * "Tips voor gemeenten" from the 2017 report (docs/rules.md, Sources), quoted per rule so the checklist,
 * the API and the dashboard explain a missing item with the collectives' own advice.
 */
export const TIPS: Partial<Record<RuleId, string>> = {
  'R1.1': 'Een wethouder was bestuurlijk trekker van een Collectief.',
  'R1.2':
    'Een projectleider of projectregisseur stelt samen met lokale en regionale partijen (in ieder geval zorg, onderwijs en justitie) – bottom-up – een verbeteragenda op.',
  'R1.3':
    'Wat betreft aansturing, borging en inbedding in het gemeentelijk beleid is de beste optie om het projectleiderschap bij een ervaren beleidsambtenaar te beleggen. Een externe projectleider kán ook goed werken, maar heeft een bestaand sterk netwerk nodig.',
  'R1.4':
    'Zorg voor bestuurlijk draagvlak bij de wethouder(s) jeugd, onderwijs en zorg, en stem af met de burgemeester (bijv. in lokale driehoek, vanwege openbare orde en veiligheid).',
  'R1.5':
    'Bed de opdrachtgeversrol van gemeenten naar Veilig Thuis in. Hierdoor kan beter gestuurd worden op de samenwerking tussen Veilig Thuis en de overige partners in de keten.',
  'R2.1':
    'Professionals weten zelf het beste welke knelpunten ze ervaren op de werkvloer. Het opstellen van de verbeteragenda is een proces waar ruim de tijd voor genomen moet worden.',
  'R2.2':
    'Er is gefocust op enkele thema’s. Professionals kregen veelal zelf ruimte om inhoudelijke verbeteringen voor te stellen.',
  'R2.3': 'Beleg duidelijk taken en verantwoordelijkheden: elke actie heeft een organisatie die haar trekt.',
  'R2.4':
    'Toets de afspraken die in werkgroepen of overleggen tussen professionals worden gemaakt op draagvlak binnen de betreffende organisaties. Het is nodig om naast professionals ook managers en bestuurders te betrekken.',
  'R2.5': 'De bestuurlijk trekker stelt de verbeteragenda vast, zodat afspraken bestuurlijk commitment hebben.',
  'R3.1':
    'Start uiterlijk in januari/februari het gesprek met bestuurders en beleidsadviseurs van de lokale onderwijsbesturen over deskundigheidsbevordering. Zij stellen de activiteitenkalender vaak al in mei vast, voor het daarop volgende schooljaar. Begin ‘bovenin’ met de lokale onderwijsbesturen.',
  'R3.2':
    'Afspraken op papier werken alleen wanneer deze tot stand zijn gekomen in onderling overleg met de professionals zelf, met bestuurlijk commitment.',
  'R4.1':
    'Pas acties voor een betere lokale aanpak van kindermishandeling in binnen bestaand beleid, niet als een (losstaand) project.',
  'R4.2':
    'Beleg duidelijk taken en verantwoordelijkheden om de verbeteringen in stand te houden. Bijvoorbeeld de onderwijsbesturen in Arnhem bedden de scholing aan leerkrachten in binnen hun scholingsprogramma.',
  'R4.3':
    'In de Collectieven bleek dat borging van de opbrengsten voor een externe projectleider moeilijker is. Op het moment dat de projectleider vertrokken is, kan hij/zij zich niet meer hard maken voor de borging.',
  'R4.4': 'Borg elke afgeronde actie in bestaand beleid, of leg vast waarom een actie is gestopt.',
};
