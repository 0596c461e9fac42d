"""The dashboard's front end: ``static/`` (index.html, app.js, style.css, vendored libraries) is served by
``newsevents.api``; ``package.json`` and ``build.mjs`` refresh ``static/vendor`` from npm (see docs/web.md)."""
