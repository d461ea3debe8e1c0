// Importing "kernsatz/define" registers <kernsatz-summary>.
export { KernsatzSummary } from "./element.js";
