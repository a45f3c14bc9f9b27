// Built by apps/web/build.mjs from libs/reference-data/municipalities.csv (the columns the map needs).
declare module 'virtual:municipalities' {
  const municipalities: Array<{
    code: string;
    name: string;
    province: string;
    veiligThuisRegion: string;
    jeugdregio: string;
  }>;
  export default municipalities;
}
