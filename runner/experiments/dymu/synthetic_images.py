"""Synthetic images whose visual complexity varies continuously, and a measure of that complexity.

A complexity level c in [0, 1] per image scales everything that makes neighbouring patches differ: the number
of objects, a colour gradient, a striped texture and pixel noise. Rendering is vectorised over the batch so the
same code makes a handful of CPU test images or a GPU training stream.
"""
import zlib

import torch

SHAPE_KINDS = ("disk", "square", "diamond")


def _uniform(generator, shape, low=0.0, high=1.0):
    return low + (high - low) * torch.rand(shape, generator=generator, device=generator.device)


def _shape_masks(kinds, centre, radius, xx, yy):
    """(B, K, H, W) masks of disks, squares and diamonds."""
    dx = (xx - centre[..., 0, None, None]).abs()
    dy = (yy - centre[..., 1, None, None]).abs()
    r = radius[..., None, None]
    disk = dx * dx + dy * dy < r * r
    square = torch.maximum(dx, dy) < r * 0.85
    diamond = dx + dy < r * 1.2
    kind = kinds[..., None, None]
    return torch.where(kind == 0, disk, torch.where(kind == 1, square, diamond))


def render(complexity, image_size, generator, object_kinds=None, object_colours=None, radius=(0.05, 0.14),
           grey=False, max_objects=12):
    """Float images (B, 3, S, S) in [0, 1].

    object_kinds (B, K), -1 for "no object", and object_colours (B, K, 3) fix the objects (the training task
    does); otherwise an image of complexity c gets about c·max_objects objects of random kinds and colours.
    Radii are fractions of the image side. grey keeps background, gradient and stripes colourless.
    """
    count = complexity.shape[0]
    device = generator.device
    c = complexity.to(device)[:, None, None, None]
    axis = (torch.arange(image_size, device=device, dtype=torch.float32) + 0.5) / image_size
    yy, xx = torch.meshgrid(axis, axis, indexing="ij")

    image = _uniform(generator, (count, 3, 1, 1))
    angle = _uniform(generator, (count, 1, 1, 1), 0.0, 6.2832)
    ramp = torch.cos(angle) * (xx - 0.5) + torch.sin(angle) * (yy - 0.5)
    image = image + c * _uniform(generator, (count, 3, 1, 1), -0.8, 0.8) * ramp
    if grey:
        image = image.mean(dim=1, keepdim=True).expand(-1, 3, -1, -1)

    if object_kinds is None:
        slots = torch.arange(max_objects, device=device)
        wanted = (complexity.to(device) * max_objects * _uniform(generator, (count,), 0.6, 1.0)).round()
        object_kinds = torch.randint(0, len(SHAPE_KINDS), (count, max_objects), generator=generator, device=device)
        object_kinds = torch.where(slots[None] < wanted[:, None], object_kinds, torch.full_like(object_kinds, -1))
    slots = object_kinds.shape[1]
    if object_colours is None:
        object_colours = _uniform(generator, (count, slots, 3))
    centre = _uniform(generator, (count, slots, 2), 0.12, 0.88)
    radii = _uniform(generator, (count, slots), *radius)
    masks = _shape_masks(object_kinds, centre, radii, xx, yy) & (object_kinds >= 0)[..., None, None]
    for slot in range(slots):
        image = torch.where(masks[:, slot, None], object_colours[:, slot, :, None, None], image)

    frequency = _uniform(generator, (count, 1, 1, 1), 6.0, 40.0)
    phase_angle = _uniform(generator, (count, 1, 1, 1), 0.0, 3.1416)
    stripes = torch.sin(6.2832 * frequency * (torch.cos(phase_angle) * xx + torch.sin(phase_angle) * yy))
    stripe_colour = _uniform(generator, (count, 3, 1, 1), 0.0, 0.25)
    if grey:
        stripe_colour = stripe_colour.mean(dim=1, keepdim=True)
    image = image + c * stripe_colour * stripes
    # pixel noise only in the busiest images: any visible noise makes an image incompressible, which would
    # flatten the complexity measure over most of the range
    noise = torch.randn(image.shape, generator=generator, device=device)
    image = image + (c - 0.7).clamp_min(0.0) / 0.3 * _uniform(generator, (count, 1, 1, 1), 0.0, 0.15) * noise
    return image.clamp(0.0, 1.0)


def to_uint8(images):
    return (images * 255.0).round().to(torch.uint8)


def compressed_bytes_per_pixel(image_uint8):
    """Complexity of one (3, H, W) uint8 image: zlib-compressed size per pixel (what a PNG-like coder needs)."""
    pixels = image_uint8.shape[-1] * image_uint8.shape[-2]
    raw = image_uint8.permute(1, 2, 0).contiguous().cpu().numpy().tobytes()
    return len(zlib.compress(raw, 6)) / pixels


def make_images(count, image_size, generator, chunk=64):
    """count images (float in [0, 1], exactly representable as uint8) with complexity levels spread evenly over
    [0, 1] in random order, and their measured complexity. Rendered in chunks to bound memory."""
    device = generator.device
    levels = (torch.arange(count, dtype=torch.float32, device=device) + _uniform(generator, (count,))) / count
    levels = levels[torch.randperm(count, generator=generator, device=device)]
    pixels = torch.cat([to_uint8(render(part, image_size, generator)) for part in levels.split(chunk)])
    complexity = [compressed_bytes_per_pixel(image) for image in pixels]
    return pixels.float() / 255.0, complexity
