// `npm start`: the compiled server (compile-server.mjs), compiled again first when a source changed.
import { compiledServer } from './compile-server.mjs';

await import(await compiledServer());
