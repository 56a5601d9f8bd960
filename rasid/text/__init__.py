"""Text stages: evasion repair with an offset map, the folded matching view, and segmentation."""
