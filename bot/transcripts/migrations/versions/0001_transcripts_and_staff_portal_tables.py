"""Transcripts and staff portal tables: sessions, turns, accounts, login failures, audit log, settings.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 06:11:25.361659
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('client', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('account', sa.String(length=64), nullable=True),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_failures_account'), ['account'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_client'), ['client'], unique=False)

    op.create_table('portal_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_portal_settings'))
    )
    op.create_table('staff_users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('active', sa.Boolean(name='active'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_users')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_users_name'))
    )
    op.create_table('transcript_sessions',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('link_key', sa.String(length=64), nullable=True),
    sa.Column('channel', sa.String(length=32), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=False),
    sa.Column('instrument_id', sa.String(length=64), nullable=True),
    sa.Column('instrument_version', sa.String(length=32), nullable=True),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.Column('domains', sa.JSON(), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('resources_offered', sa.JSON(), nullable=False),
    sa.Column('ended_by_quick_exit', sa.Boolean(name='quick_exit'), nullable=False),
    sa.Column('danger_flag', sa.Boolean(name='danger'), nullable=False),
    sa.Column('self_harm_flag', sa.Boolean(name='self_harm'), nullable=False),
    sa.Column('minor_flag', sa.Boolean(name='minor'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transcript_sessions')),
    sa.UniqueConstraint('link_key', name=op.f('uq_transcript_sessions_link_key'))
    )
    with op.batch_alter_table('transcript_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcript_sessions_started_at'), ['started_at'], unique=False)

    op.create_table('transcript_turns',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('session_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('intent', sa.String(length=100), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['transcript_sessions.id'], name=op.f('fk_transcript_turns_session_id_transcript_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transcript_turns')),
    sa.UniqueConstraint('session_id', 'seq', name='uq_transcript_turns_seq')
    )
    with op.batch_alter_table('transcript_turns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcript_turns_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('transcript_turns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcript_turns_session_id'))

    op.drop_table('transcript_turns')
    with op.batch_alter_table('transcript_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcript_sessions_started_at'))

    op.drop_table('transcript_sessions')
    op.drop_table('staff_users')
    op.drop_table('portal_settings')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_client'))
        batch_op.drop_index(batch_op.f('ix_login_failures_at'))
        batch_op.drop_index(batch_op.f('ix_login_failures_account'))

    op.drop_table('login_failures')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
