/** A .csv file imported as its text (webpack's asset/source; scripts/csv-as-text.js for jest and ts-node). */
declare module "*.csv" {
  const text: string;
  export default text;
}
