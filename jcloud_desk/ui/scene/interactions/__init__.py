"""Gestures on the diagram, one ``Interaction`` each, installed on a ``ProcessScene`` (as orange-canvas-core's
``document/interactions.py``): the scene draws and hit-tests, an interaction turns a gesture into one edit pushed
on the ProjectDocument."""
