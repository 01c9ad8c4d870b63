"""OTC (Optimal Tool Calls) reproduction: tool-use rewards compared on a synthetic multi-hop knowledge-base QA task."""
