"""`python -m jcloud_desk`: same as the `jcloud-desk` command (also the PyInstaller entry script)."""

import sys

from jcloud_desk.launch import main

if __name__ == "__main__":
    sys.exit(main())
