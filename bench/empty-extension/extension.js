// The activation baseline: an extension that does nothing, loaded and activated the same way as ours.
exports.activate = function activate() {};
exports.deactivate = function deactivate() {};
