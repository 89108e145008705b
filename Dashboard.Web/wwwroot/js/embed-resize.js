// For the page that embeds a GeoAI Dashboard chart (the Embed box's code loads it beside the <iframe>): sets each
// dashboard frame's height to the height its page reports (embed-height.js), so the frame fits its content. Only
// messages from the frame's own window and origin count, and only a number is read. Without this script the frame
// keeps the height its code gives it.
(function () {
    'use strict';

    var origin = new URL(document.currentScript ? document.currentScript.src : '/', window.location.href).origin;

    window.addEventListener('message', function (e) {
        if (e.origin !== origin || !e.data || e.data.type !== 'geoai-embed-height' || typeof e.data.height !== 'number') {
            return;
        }
        var frames = document.getElementsByTagName('iframe');
        for (var i = 0; i < frames.length; i++) {
            if (frames[i].contentWindow === e.source) {
                frames[i].style.height = Math.max(100, Math.min(5000, Math.round(e.data.height))) + 'px';
            }
        }
    });
}());
