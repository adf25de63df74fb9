/** Child-process entry: serves the benchmark network, so crawler CPU work never delays the injected latencies. */
import { configFromArgv, sendToParent, type NetworkConfig, type OrchestratorMessage } from '../protocol.ts';
import { loadNetwork } from './load.ts';
import { startNetwork } from './server.ts';

const config = configFromArgv<NetworkConfig>();
const network = await startNetwork(loadNetwork(config.sites, config.seed));
process.on('message', (message: OrchestratorMessage) => {
  if (message.type === 'take-log') {
    const log = network.log.splice(0);
    void sendToParent({ type: 'log', log });
  } else if (message.type === 'close') {
    void network.close().then(() => process.exit(0));
  }
});
// The orchestrator dying must not leave the server behind.
process.on('disconnect', () => process.exit(0));
await sendToParent({ type: 'ready', port: network.port, deadPort: network.deadPort });
