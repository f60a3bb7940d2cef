"""The main window, composed of parts that each depend on the ProjectDocument and a small protocol.

``MainWindow`` only composes: the diagram (``diagram``), the status line and title (``status``), file actions
(``file_actions``), imports and exports (``transfer``), handing out and merging copies (``merge``), presentation
mode (``presentation``) and the menus (``menus``). No part imports ``MainWindow``.
"""
