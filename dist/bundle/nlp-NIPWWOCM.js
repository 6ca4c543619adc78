import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  getNlp,
  loadNlp,
  nlpLoaded
} from "./chunk-UUUQXXOH.js";
import "./chunk-7ZWMQEER.js";
export {
  getNlp,
  loadNlp,
  nlpLoaded
};
