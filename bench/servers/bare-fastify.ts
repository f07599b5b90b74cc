// The baseline: Fastify with nothing but a hello-world route, same Node, same machine, same run.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2] ?? 4101), host: '127.0.0.1' });
process.stdout.write('ready\n');
