// Form help pages stay readable offline once opened: register the worker that caches them.
if ('serviceWorker' in navigator) addEventListener('load', function () { navigator.serviceWorker.register('/form-offline.js').catch(function () {}) })
