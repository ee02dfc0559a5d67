// The embedding site's side: size the frame to the app's height, and act on a classification.
// Accept messages only from the app's origin and from this frame.
// Where the app is served: ./scripts/serve.sh by default, or ?app=<address> on this page.
const app = new URL(new URLSearchParams(location.search).get('app') ?? 'http://127.0.0.1:8080/');
app.search = '?embed=compact&accent=%23005a9c';
app.hash = new URLSearchParams(location.search).get('step') ?? '#/';
const frame = document.getElementById('sla-desk');
const appOrigin = app.origin;
const log = document.getElementById('messages');

// Listen before the frame loads, so no message is missed.
window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (message.type === 'sla-desk:resize') {
    frame.height = String(message.height);
  } else if (message.type === 'sla-desk:classified') {
    const item = document.createElement('li');
    item.className = 'classified';
    item.textContent = `${message.priority} ${message.name} (clause ${message.clause}); initial response by ${message.deadlines.initial_response ?? 'none'}`;
    log.append(item);
  }
});

frame.src = app.href;
