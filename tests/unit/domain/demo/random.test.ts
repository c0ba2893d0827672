import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, shuffled } from '../../../../src-main/common/domain/demo/random';

describe('seeded random', () => {
  it('repeats the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniforms in [0, 1) and integers within both bounds', () => {
    const random = createRandom(1);
    const ints = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws normals with the requested mean and spread', () => {
    const random = createRandom(9);
    const values = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
  });

  it('derives distinct, stable sub-seeds per label', () => {
    expect(deriveSeed(5, 'athlete', 1)).toBe(deriveSeed(5, 'athlete', 1));
    expect(deriveSeed(5, 'athlete', 1)).not.toBe(deriveSeed(5, 'athlete', 2));
    expect(deriveSeed(5, 'athlete', 1)).not.toBe(deriveSeed(6, 'athlete', 1));
  });

  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const result = shuffled(items, createRandom(3));
    expect(result).not.toEqual(items);
    expect([...result].sort((a, b) => a - b)).toEqual(items);
  });
});
