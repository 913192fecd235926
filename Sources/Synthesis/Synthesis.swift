// Synthesis module.
