/**
 * Reference data: the Türkiye–Armenia normalization process since 2021, built from five cited news
 * articles. {@link io.github.thaw.seeds.TurkiyeArmenia#model()} is the one entry point.
 */
package io.github.thaw.seeds;
