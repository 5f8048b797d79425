-- The lists page by keyset in an order an index holds (docs/lists.md): the dossiers newest change first, the
-- organisations in tree order, and the units by name, which the systems list walks to give each unit's systems in
-- turn. Names compare by their stored Vietnamese order keys, byte-wise (collate "C"), as the lists' ORDER BY does.
CREATE INDEX "dossiers_list_order_idx" ON "dossiers" USING btree ("updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "organisations_list_order_idx" ON "organisations" USING btree ("depth","name_order" collate "C","id");--> statement-breakpoint
CREATE INDEX "organisations_name_order_idx" ON "organisations" USING btree ("name_order" collate "C","id");
