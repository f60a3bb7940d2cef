"""The diagram: a QGraphicsScene that observes one process of the project."""
