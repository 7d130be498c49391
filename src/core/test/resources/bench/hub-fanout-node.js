// The original Build Hub's stack as the fan-out baseline: express for HTTP, ws for the WebSocket at
// /api/buildhub, and a broadcast of every frame to every open client (wss.clients.forEach(send)).
// It sends the hub's own tile frame (read from argv[2]) at argv[3] frames/s, stamping each with the
// monotonic time it was due (process.hrtime is CLOCK_MONOTONIC, as Java's System.nanoTime on Linux), as
// the Java hub stamps each change: a broadcaster that falls behind shows as latency.
'use strict';
const fs = require('fs');
const http = require('http');
const express = require('express');
const { WebSocketServer, WebSocket } = require('ws');

const template = fs.readFileSync(process.argv[2], 'utf8');
const perSecond = Number(process.argv[3]);
const app = express();
app.get('/health', (req, res) => res.json({ status: 'healthy', clients: wss.clients.size, uptime: process.uptime(), timestamp: new Date().toISOString() }));
const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/api/buildhub' });
let seq = 0;

function broadcast(due) {
  seq++;
  const frame = template.replace(/"seq":\d+/, '"seq":' + seq).replace(/"title":"t\d+"/, '"title":"t' + due + '"');
  wss.clients.forEach((client) => {
    if (client.readyState === WebSocket.OPEN) client.send(frame);
  });
}

let started = 0n;
let sent = 0;
function tick() {
  const due = Number((process.hrtime.bigint() - started) * BigInt(perSecond) / 1000000000n);
  while (sent < due) { broadcast(started + BigInt(sent) * 1000000000n / BigInt(perSecond)); sent++; }
}

server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'start') { started = process.hrtime.bigint(); sent = 0; setInterval(tick, 1); }
  else if (line === 'quit') process.exit(0);
});
