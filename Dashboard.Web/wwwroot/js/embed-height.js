// The embed page (/embed/…) tells the page that frames it how tall its content is, whenever that changes (the chart
// loaded, the frame got narrower), so the host's embed-resize.js can fit the frame to it: no blank space, no scroll
// bar. The message carries a number only. Without a host script (or without this one) the frame keeps its height.
(function () {
    'use strict';

    if (window.parent === window) {
        return;
    }

    var last = -1;

    function post() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            window.parent.postMessage({ type: 'geoai-embed-height', height: height }, '*');
        }
    }

    function start() {
        post();
        if (window.ResizeObserver) {
            new ResizeObserver(post).observe(document.documentElement);
        } else {
            window.addEventListener('resize', post);
        }
        Array.prototype.forEach.call(document.images, function (img) { img.addEventListener('load', post); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
