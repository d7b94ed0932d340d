CREATE TABLE "shop_feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shop_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text,
	"liked" boolean NOT NULL,
	"moment" text NOT NULL,
	"message" text,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_feedback_moment" CHECK ("shop_feedback"."moment" in ('order', 'pickup')),
	CONSTRAINT "shop_feedback_message_length" CHECK (char_length("shop_feedback"."message") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD COLUMN "signup_prompt_dismissals" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD COLUMN "signup_prompt_signups" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_feedback" ADD CONSTRAINT "shop_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shop_feedback_created_idx" ON "shop_feedback" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "shop_feedback_user_idx" ON "shop_feedback" USING btree ("user_id","created_at");