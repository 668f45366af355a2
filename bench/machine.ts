// The machine a run measured: what docs/performance.md shows beside the tables.
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** One-minute load average when the run started and ended: other work on the machine skews the figures. */
  load: { start: number; end: number | null };
  date: string;
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: { start: loadavg()[0], end: null },
    date: new Date().toISOString(),
  };
}

export function finishMachine(machine: Machine): void {
  machine.load.end = loadavg()[0];
}
