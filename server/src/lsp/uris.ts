// One spelling per file URI: VS Code and Node encode some characters differently
// ("%3A" vs ":"), and the index must find a file whichever side named it.
import { fileURLToPath, pathToFileURL } from 'node:url';

export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}
