// Placeholder entry point replaced once the emulators exist.
return 0;
