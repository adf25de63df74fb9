/**
 * How busy the crawler's main thread was: CPU time, event-loop utilisation (share of wall time spent running
 * JavaScript rather than waiting for I/O) and event-loop delay. A crawler whose loop is busy most of the time is
 * CPU-bound, and every timer it sets (politeness gaps included) fires late.
 */
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

export interface LoopStats {
  cpuSeconds: number;
  /** 0–1: share of the wall time the event loop was busy. */
  utilization: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

export class LoopMonitor {
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });
  private readonly cpuStart = process.cpuUsage();
  private readonly eluStart: EventLoopUtilization = performance.eventLoopUtilization();

  constructor() {
    this.delay.enable();
  }

  stop(): LoopStats {
    this.delay.disable();
    const cpu = process.cpuUsage(this.cpuStart);
    return {
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      utilization: performance.eventLoopUtilization(this.eluStart).utilization,
      delayP99Ms: this.delay.percentile(99) / 1e6,
      delayMaxMs: this.delay.max / 1e6,
    };
  }
}
