// Built by apps/dashboard/build.mjs from libs/reference-data/municipalities.csv.
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
