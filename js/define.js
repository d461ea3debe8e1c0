// Registers <kernsatz-summary> (once: importing this module twice, or next to the one-file
// build, defines nothing twice).
//   <script type="module" src="node_modules/kernsatz/js/define.js"></script>
//   import "kernsatz/define";
import { KernsatzSummary } from "./element.js";

KernsatzSummary.define();

export { KernsatzSummary };
