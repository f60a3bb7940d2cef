"""bpmn subpackage."""
