/**
 * A methodology is data: which indicators exist, what dimension each belongs to, the criterion as the
 * study words it, and the points each is worth. Rules never hold points.
 */
import { z } from 'zod';

const localisedText = z.object({ es: z.string().min(1), en: z.string().min(1) });

export const methodologySchema = z
  .object({
    id: z.string().min(1),
    title: localisedText,
    source: z.string().min(1),
    /** How the total is rounded for display and ranking. */
    scoreDecimals: z.number().int().min(0).max(3),
    /** What the points rest on, said on the methodology page: provisional weights must be said as such. */
    weights: z.object({ provisional: z.boolean(), note: localisedText }),
    dimensions: z.array(z.object({ id: z.string().min(1), name: localisedText })).min(1),
    indicators: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          /** A few words for tables and lists, where the criterion's sentence does not fit. */
          name: localisedText,
          dimension: z.string().min(1),
          /**
           * The criterion this one is judged within: the study's D2–D5 criteria read "la información de la
           * sección", so without an open-data section none of them can pass. A fix list puts the prerequisite first.
           */
          requires: z.string().optional(),
          criterion: localisedText,
          definition: localisedText,
          points: z.number().positive(),
          /** Hint for municipalities on how to meet it (Spanish first). */
          howToMeet: localisedText,
        }),
      )
      .min(1),
  })
  .superRefine((m, ctx) => {
    const total = m.indicators.reduce((sum, i) => sum + i.points, 0);
    if (Math.abs(total - 100) > 1e-6) ctx.addIssue({ code: 'custom', message: `points add up to ${total}, not 100` });
    const dimensionIds = new Set(m.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    for (const indicator of m.indicators) {
      if (!dimensionIds.has(indicator.dimension))
        ctx.addIssue({ code: 'custom', message: `${indicator.id}: unknown dimension ${indicator.dimension}` });
      if (seen.has(indicator.id)) ctx.addIssue({ code: 'custom', message: `duplicate indicator id ${indicator.id}` });
      seen.add(indicator.id);
    }
    for (const indicator of m.indicators) {
      const prerequisite = m.indicators.find((i) => i.id === indicator.requires);
      if (indicator.requires !== undefined && (!prerequisite || prerequisite.requires !== undefined || prerequisite === indicator))
        ctx.addIssue({ code: 'custom', message: `${indicator.id}: requires ${indicator.requires}, which is not an indicator without prerequisites of its own` });
    }
  });

export type Methodology = z.infer<typeof methodologySchema>;
export type MethodologyIndicator = Methodology['indicators'][number];

export function defineMethodology(data: z.input<typeof methodologySchema>): Methodology {
  return methodologySchema.parse(data);
}
