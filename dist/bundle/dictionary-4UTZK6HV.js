import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  DICTIONARY_LANGUAGES,
  dictionariesLoaded,
  dictionaryFor,
  loadDictionaries,
  requireDictionary
} from "./chunk-WXIFJX5E.js";
import "./chunk-7ZWMQEER.js";
export {
  DICTIONARY_LANGUAGES,
  dictionariesLoaded,
  dictionaryFor,
  loadDictionaries,
  requireDictionary
};
