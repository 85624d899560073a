"""Built-in scanners. Each module holds one family; `keel.guard.registry` maps names to classes."""
