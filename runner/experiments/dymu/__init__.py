"""DyMU reproduction: VTU exactness, Table 1 FLOPs and DToMe on a randomly initialised ViT (REPRODUCTIONS.md §C)."""
